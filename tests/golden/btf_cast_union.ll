; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.sock = type { i64, i64 }
%struct.sock_common = type { i64, i64 }
%union.anon.46 = type { i64 }
%struct.anon.47 = type { i64 }
%union.anon.39 = type { i64 }
%struct.anon.40 = type { i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@"llvm.sock:0:12$0:0:1:0:0" = external global i64, !llvm.preserve.access.index !38 #0
@"llvm.sock:0:0$0:0:0:0:0" = external global i64, !llvm.preserve.access.index !38 #0
@"llvm.sock:0:24$0:1" = external global i64, !llvm.preserve.access.index !38 #0

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "tracepoint/sock/inet_sock_set_state" !dbg !62 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !68
  %tmp4 = alloca [1 x i64], align 8, !dbg !68
  %tmp2 = alloca [1 x i64], align 8, !dbg !68
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !67, metadata !DIExpression()), !dbg !68
  %zero = alloca i32, align 4, !dbg !69
  store i32 0, i32* %zero, align 4, !dbg !69
  %0 = getelementptr i8, i8* %ctx, i64 8, !dbg !70
  %1 = bitcast i8* %0 to i64*, !dbg !70
  %2 = load i64, i64* %1, align 8, !dbg !70
  %3 = inttoptr i64 %2 to i8*, !dbg !71
  %4 = load i64, i64* @"llvm.sock:0:12$0:0:1:0:0", align 8
  %5 = getelementptr i8, i8* %3, i64 %4
  %6 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %5)
  %7 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !71
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !71
  store i64 0, i64* %8, align 8, !dbg !71
  %9 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 2, i8* %6) #1, !dbg !71
  %10 = bitcast [1 x i64]* %tmp2 to i16*, !dbg !71
  %11 = load i16, i16* %10, align 8, !dbg !71
  %12 = load i64, i64* @"llvm.sock:0:0$0:0:0:0:0", align 8
  %13 = getelementptr i8, i8* %3, i64 %12
  %14 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 1, i8* %13)
  %15 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !71
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !71
  store i64 0, i64* %16, align 8, !dbg !71
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 4, i8* %14) #1, !dbg !71
  %18 = bitcast [1 x i64]* %tmp4 to i32*, !dbg !71
  %19 = load i32, i32* %18, align 8, !dbg !71
  %20 = load i64, i64* @"llvm.sock:0:24$0:1", align 8
  %21 = getelementptr i8, i8* %3, i64 %20
  %22 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 2, i8* %21)
  %23 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !71
  %24 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !71
  store i64 0, i64* %24, align 8, !dbg !71
  %25 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %23, i32 4, i8* %22) #1, !dbg !71
  %26 = bitcast [1 x i64]* %tmp6 to i32*, !dbg !71
  %27 = load i32, i32* %26, align 8, !dbg !71
  %28 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !71
  %.not = icmp eq i8* %28, null, !dbg !71
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !71

rec.fill:                                         ; preds = %entry
  %29 = sext i32 %27 to i64, !dbg !71
  %30 = zext i32 %19 to i64, !dbg !71
  %31 = zext i16 %11 to i64, !dbg !71
  %32 = bitcast i8* %28 to i64*, !dbg !71
  store i64 1, i64* %32, align 8, !dbg !71
  %33 = getelementptr i8, i8* %28, i64 8, !dbg !71
  %34 = bitcast i8* %33 to i64*, !dbg !71
  store i64 %31, i64* %34, align 8, !dbg !71
  %35 = getelementptr i8, i8* %28, i64 16, !dbg !71
  %36 = bitcast i8* %35 to i64*, !dbg !71
  store i64 %30, i64* %36, align 8, !dbg !71
  %37 = getelementptr i8, i8* %28, i64 24, !dbg !71
  %38 = bitcast i8* %37 to i64*, !dbg !71
  store i64 %29, i64* %38, align 8, !dbg !71
  %39 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !71
  %40 = icmp ugt i64 %39, 65536, !dbg !71
  %41 = select i1 %40, i64 2, i64 1, !dbg !71
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %28, i64 %41) #1, !dbg !71
  br label %rec.done, !dbg !71

rec.lost:                                         ; preds = %entry
  %42 = bitcast i32* %zero to i8*, !dbg !71
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %42) #1, !dbg !71
  %.not9 = icmp eq i8* %43, null, !dbg !71
  br i1 %.not9, label %rec.done, label %stat.inc, !dbg !71

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !69

stat.inc:                                         ; preds = %rec.lost
  %44 = bitcast i8* %43 to i64*, !dbg !71
  %45 = load i64, i64* %44, align 8, !dbg !71
  %46 = add i64 %45, 1, !dbg !71
  store i64 %46, i64* %44, align 8, !dbg !71
  br label %rec.done, !dbg !71
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.socks(%struct.sock*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.sock_commons(%struct.sock_common*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare %union.anon.46* @llvm.preserve.union.access.index.p0s_union.anon.46s.p0s_union.anon.46s(%union.anon.46*, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.47s(%struct.anon.47*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare %union.anon.39* @llvm.preserve.union.access.index.p0s_union.anon.39s.p0s_union.anon.39s(%union.anon.39*, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.40s(%struct.anon.40*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!60, !61}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_cast_union.tp", directory: ".")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "sock", scope: !3, file: !3, size: 320, elements: !39)
!39 = !{!40, !59}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "__sk_common", scope: !3, file: !3, baseType: !41, size: 192)
!41 = !DICompositeType(tag: DW_TAG_structure_type, name: "sock_common", scope: !3, file: !3, size: 192, elements: !42)
!42 = !{!43, !51}
!43 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !44, size: 64)
!44 = !DICompositeType(tag: DW_TAG_union_type, scope: !3, file: !3, size: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !47, size: 64)
!47 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, elements: !48)
!48 = !{!49}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "skc_daddr", scope: !3, file: !3, baseType: !50, size: 32)
!50 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!51 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !52, size: 32, offset: 96)
!52 = !DICompositeType(tag: DW_TAG_union_type, scope: !3, file: !3, size: 32, elements: !53)
!53 = !{!54}
!54 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !55, size: 32)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 32, elements: !56)
!56 = !{!57}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "skc_dport", scope: !3, file: !3, baseType: !58, size: 16)
!58 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sk_rcvbuf", scope: !3, file: !3, baseType: !12, size: 32, offset: 192)
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 2, !"Dwarf Version", i32 4}
!62 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 7, type: !63, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !66)
!63 = !DISubroutineType(types: !64)
!64 = !{!12, !65}
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !{!67}
!67 = !DILocalVariable(name: "ctx", arg: 1, scope: !62, file: !3, line: 7, type: !65)
!68 = !DILocation(line: 7, scope: !62)
!69 = !DILocation(line: 7, column: 1, scope: !62)
!70 = !DILocation(line: 8, column: 2, scope: !62)
!71 = !DILocation(line: 9, column: 2, scope: !62)
