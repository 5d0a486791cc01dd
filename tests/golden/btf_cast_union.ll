; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.sock = type { i64, i64 }
%struct.sock_common = type { i64, i64 }
%union.anon.50 = type { i64 }
%struct.anon.51 = type { i64 }
%union.anon.43 = type { i64 }
%struct.anon.44 = type { i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@"llvm.sock:0:0$0:0:0:0:0" = external global i64, !llvm.preserve.access.index !45 #0
@"llvm.sock:0:12$0:0:1:0:0" = external global i64, !llvm.preserve.access.index !45 #0
@"llvm.sock:0:24$0:1" = external global i64, !llvm.preserve.access.index !45 #0

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "tracepoint/sock/inet_sock_set_state" !dbg !69 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !75
  %tmp4 = alloca [1 x i64], align 8, !dbg !75
  %tmp2 = alloca [1 x i64], align 8, !dbg !75
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !74, metadata !DIExpression()), !dbg !75
  %zero = alloca i32, align 4, !dbg !76
  store i32 0, i32* %zero, align 4, !dbg !76
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !76
  %1 = icmp eq i64 %0, 0, !dbg !76
  br i1 %1, label %pid.match, label %pid.filter, !dbg !76

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !76

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !76
  %3 = lshr i64 %2, 32, !dbg !76
  %4 = icmp eq i64 %3, %0, !dbg !76
  br i1 %4, label %pid.match, label %return, !dbg !76

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !77
  %6 = bitcast i8* %5 to i64*, !dbg !77
  %7 = load i64, i64* %6, align 8, !dbg !77
  %8 = inttoptr i64 %7 to i8*, !dbg !78
  %9 = load i64, i64* @"llvm.sock:0:12$0:0:1:0:0", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 1, i8* %10)
  %12 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !78
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !78
  store i64 0, i64* %13, align 8, !dbg !78
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 2, i8* %11) #1, !dbg !78
  %15 = bitcast [1 x i64]* %tmp2 to i16*, !dbg !78
  %16 = load i16, i16* %15, align 8, !dbg !78
  %17 = load i64, i64* @"llvm.sock:0:0$0:0:0:0:0", align 8
  %18 = getelementptr i8, i8* %8, i64 %17
  %19 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %18)
  %20 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !78
  %21 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !78
  store i64 0, i64* %21, align 8, !dbg !78
  %22 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 4, i8* %19) #1, !dbg !78
  %23 = bitcast [1 x i64]* %tmp4 to i32*, !dbg !78
  %24 = load i32, i32* %23, align 8, !dbg !78
  %25 = load i64, i64* @"llvm.sock:0:24$0:1", align 8
  %26 = getelementptr i8, i8* %8, i64 %25
  %27 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 2, i8* %26)
  %28 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !78
  %29 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !78
  store i64 0, i64* %29, align 8, !dbg !78
  %30 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %28, i32 4, i8* %27) #1, !dbg !78
  %31 = bitcast [1 x i64]* %tmp6 to i32*, !dbg !78
  %32 = load i32, i32* %31, align 8, !dbg !78
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !78
  %.not = icmp eq i8* %33, null, !dbg !78
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !78

rec.fill:                                         ; preds = %pid.match
  %34 = sext i32 %32 to i64, !dbg !78
  %35 = zext i32 %24 to i64, !dbg !78
  %36 = zext i16 %16 to i64, !dbg !78
  %37 = bitcast i8* %33 to i64*, !dbg !78
  store i64 1, i64* %37, align 8, !dbg !78
  %38 = getelementptr i8, i8* %33, i64 8, !dbg !78
  %39 = bitcast i8* %38 to i64*, !dbg !78
  store i64 %36, i64* %39, align 8, !dbg !78
  %40 = getelementptr i8, i8* %33, i64 16, !dbg !78
  %41 = bitcast i8* %40 to i64*, !dbg !78
  store i64 %35, i64* %41, align 8, !dbg !78
  %42 = getelementptr i8, i8* %33, i64 24, !dbg !78
  %43 = bitcast i8* %42 to i64*, !dbg !78
  store i64 %34, i64* %43, align 8, !dbg !78
  %44 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !78
  %45 = icmp ugt i64 %44, 65536, !dbg !78
  %46 = select i1 %45, i64 2, i64 1, !dbg !78
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %46) #1, !dbg !78
  br label %return, !dbg !78

rec.lost:                                         ; preds = %pid.match
  %47 = bitcast i32* %zero to i8*, !dbg !78
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #1, !dbg !78
  %.not9 = icmp eq i8* %48, null, !dbg !78
  br i1 %.not9, label %return, label %stat.inc, !dbg !78

stat.inc:                                         ; preds = %rec.lost
  %49 = bitcast i8* %48 to i64*, !dbg !78
  %50 = load i64, i64* %49, align 8, !dbg !78
  %51 = add i64 %50, 1, !dbg !78
  store i64 %51, i64* %49, align 8, !dbg !78
  br label %return, !dbg !78
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.socks(%struct.sock*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.sock_commons(%struct.sock_common*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare %union.anon.50* @llvm.preserve.union.access.index.p0s_union.anon.50s.p0s_union.anon.50s(%union.anon.50*, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.51s(%struct.anon.51*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare %union.anon.43* @llvm.preserve.union.access.index.p0s_union.anon.43s.p0s_union.anon.43s(%union.anon.43*, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.44s(%struct.anon.44*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!67, !68}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_cast_union.tp", directory: ".")
!4 = !{!0, !5, !26}
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
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "sock", scope: !3, file: !3, size: 320, elements: !46)
!46 = !{!47, !66}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "__sk_common", scope: !3, file: !3, baseType: !48, size: 192)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "sock_common", scope: !3, file: !3, size: 192, elements: !49)
!49 = !{!50, !58}
!50 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !51, size: 64)
!51 = !DICompositeType(tag: DW_TAG_union_type, scope: !3, file: !3, size: 64, elements: !52)
!52 = !{!53}
!53 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !54, size: 64)
!54 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, elements: !55)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "skc_daddr", scope: !3, file: !3, baseType: !57, size: 32)
!57 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!58 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !59, size: 32, offset: 96)
!59 = !DICompositeType(tag: DW_TAG_union_type, scope: !3, file: !3, size: 32, elements: !60)
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, scope: !3, file: !3, baseType: !62, size: 32)
!62 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 32, elements: !63)
!63 = !{!64}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "skc_dport", scope: !3, file: !3, baseType: !65, size: 16)
!65 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "sk_rcvbuf", scope: !3, file: !3, baseType: !12, size: 32, offset: 192)
!67 = !{i32 2, !"Debug Info Version", i32 3}
!68 = !{i32 2, !"Dwarf Version", i32 4}
!69 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 7, type: !70, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !73)
!70 = !DISubroutineType(types: !71)
!71 = !{!12, !72}
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!73 = !{!74}
!74 = !DILocalVariable(name: "ctx", arg: 1, scope: !69, file: !3, line: 7, type: !72)
!75 = !DILocation(line: 7, scope: !69)
!76 = !DILocation(line: 7, column: 1, scope: !69)
!77 = !DILocation(line: 8, column: 2, scope: !69)
!78 = !DILocation(line: 9, column: 2, scope: !69)
