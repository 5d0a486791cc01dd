; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.stat = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@"llvm.stat:0:48$0:1" = external global i64, !llvm.preserve.access.index !38 #0
@"llvm.stat:0:24$0:0" = external global i64, !llvm.preserve.access.index !38 #0

; Function Attrs: nounwind
define i32 @tp0_sys_enter_newfstat(i8* %ctx) #1 section "tracepoint/syscalls/sys_enter_newfstat" !dbg !46 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !52
  %tmp = alloca [1 x i64], align 8, !dbg !52
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !51, metadata !DIExpression()), !dbg !52
  %zero = alloca i32, align 4, !dbg !53
  store i32 0, i32* %zero, align 4, !dbg !53
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !54
  %1 = bitcast i8* %0 to i64*, !dbg !54
  %2 = load i64, i64* %1, align 8, !dbg !54
  %3 = inttoptr i64 %2 to i8*, !dbg !54
  %4 = load i64, i64* @"llvm.stat:0:48$0:1", align 8
  %5 = getelementptr i8, i8* %3, i64 %4
  %6 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %5)
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !54
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !54
  store i64 0, i64* %8, align 8, !dbg !54
  %9 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 8, i8* %6) #1, !dbg !54
  %10 = load i64, i64* %8, align 8, !dbg !54
  %11 = load i64, i64* %1, align 8, !dbg !54
  %12 = inttoptr i64 %11 to i8*, !dbg !54
  %13 = load i64, i64* @"llvm.stat:0:24$0:0", align 8
  %14 = getelementptr i8, i8* %12, i64 %13
  %15 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 1, i8* %14)
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !54
  %17 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !54
  store i64 0, i64* %17, align 8, !dbg !54
  %18 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 4, i8* %15) #1, !dbg !54
  %19 = bitcast [1 x i64]* %tmp1 to i32*, !dbg !54
  %20 = load i32, i32* %19, align 8, !dbg !54
  %21 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !54
  %.not = icmp eq i8* %21, null, !dbg !54
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !54

rec.fill:                                         ; preds = %entry
  %22 = zext i32 %20 to i64, !dbg !54
  %23 = bitcast i8* %21 to i64*, !dbg !54
  store i64 1, i64* %23, align 8, !dbg !54
  %24 = getelementptr i8, i8* %21, i64 8, !dbg !54
  %25 = bitcast i8* %24 to i64*, !dbg !54
  store i64 %10, i64* %25, align 8, !dbg !54
  %26 = getelementptr i8, i8* %21, i64 16, !dbg !54
  %27 = bitcast i8* %26 to i64*, !dbg !54
  store i64 %22, i64* %27, align 8, !dbg !54
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !54
  %29 = icmp ugt i64 %28, 65536, !dbg !54
  %30 = select i1 %29, i64 2, i64 1, !dbg !54
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %21, i64 %30) #1, !dbg !54
  br label %rec.done, !dbg !54

rec.lost:                                         ; preds = %entry
  %31 = bitcast i32* %zero to i8*, !dbg !54
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %31) #1, !dbg !54
  %.not2 = icmp eq i8* %32, null, !dbg !54
  br i1 %.not2, label %rec.done, label %stat.inc, !dbg !54

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !53

stat.inc:                                         ; preds = %rec.lost
  %33 = bitcast i8* %32 to i64*, !dbg !54
  %34 = load i64, i64* %33, align 8, !dbg !54
  %35 = add i64 %34, 1, !dbg !54
  store i64 %35, i64* %33, align 8, !dbg !54
  br label %rec.done, !dbg !54
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.stats(%struct.stat*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!44, !45}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_user_struct.tp", directory: ".")
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
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "stat", scope: !3, file: !3, size: 576, elements: !39)
!39 = !{!40, !42}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "st_mode", scope: !3, file: !3, baseType: !41, size: 32, offset: 192)
!41 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "st_size", scope: !3, file: !3, baseType: !43, size: 64, offset: 384)
!43 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!44 = !{i32 2, !"Debug Info Version", i32 3}
!45 = !{i32 2, !"Dwarf Version", i32 4}
!46 = distinct !DISubprogram(name: "tp0_sys_enter_newfstat", linkageName: "tp0_sys_enter_newfstat", scope: !3, file: !3, line: 6, type: !47, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !50)
!47 = !DISubroutineType(types: !48)
!48 = !{!12, !49}
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !{!51}
!51 = !DILocalVariable(name: "ctx", arg: 1, scope: !46, file: !3, line: 6, type: !49)
!52 = !DILocation(line: 6, scope: !46)
!53 = !DILocation(line: 6, column: 1, scope: !46)
!54 = !DILocation(line: 7, column: 2, scope: !46)
