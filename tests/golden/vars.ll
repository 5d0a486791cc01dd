; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !40 {
entry:
  %tmp1 = alloca [8 x i64], align 8, !dbg !46
  %tmp = alloca [8 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = bitcast [8 x i64]* %tmp to i8*, !dbg !47
  store i8 0, i8* %0, align 8, !dbg !47
  %1 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !47
  store i8 0, i8* %1, align 8, !dbg !47
  %2 = getelementptr i8, i8* %ctx, i64 16, !dbg !48
  %3 = bitcast i8* %2 to i32*, !dbg !48
  %4 = load i32, i32* %3, align 4, !dbg !48
  %5 = sext i32 %4 to i64, !dbg !48
  %6 = getelementptr i8, i8* %ctx, i64 40, !dbg !49
  %7 = bitcast i8* %6 to i64*, !dbg !49
  %8 = load i64, i64* %7, align 8, !dbg !49
  %9 = getelementptr i8, i8* %ctx, i64 24, !dbg !50
  %10 = bitcast i8* %9 to i64*, !dbg !50
  %11 = load i64, i64* %10, align 8, !dbg !50
  %12 = inttoptr i64 %11 to i8*, !dbg !51
  %13 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 64, i8* %12) #0, !dbg !51
  %14 = icmp eq i64 %13, 64, !dbg !51
  br i1 %14, label %str.full, label %str.done, !dbg !51

str.full:                                         ; preds = %entry
  %15 = getelementptr inbounds i8, i8* %1, i64 63, !dbg !51
  %16 = getelementptr i8, i8* %12, i64 63, !dbg !51
  %17 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 1, i8* %16) #0, !dbg !51
  br label %str.done, !dbg !51

str.done:                                         ; preds = %str.full, %entry
  %18 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %0, i32 16) #0, !dbg !52
  store i8 120, i8* %1, align 8, !dbg !53
  %19 = getelementptr inbounds i8, i8* %1, i64 1, !dbg !53
  store i8 0, i8* %19, align 1, !dbg !53
  %20 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 160, i64 0) #0, !dbg !54
  %.not = icmp eq i8* %20, null, !dbg !54
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !54

rec.fill:                                         ; preds = %str.done
  %21 = add nsw i64 %5, 1, !dbg !55
  %22 = bitcast i8* %20 to i64*, !dbg !54
  store i64 1, i64* %22, align 8, !dbg !54
  %23 = getelementptr i8, i8* %20, i64 8, !dbg !54
  %24 = bitcast i8* %23 to i64*, !dbg !54
  store i64 %21, i64* %24, align 8, !dbg !54
  %25 = getelementptr i8, i8* %20, i64 16, !dbg !54
  %26 = bitcast i8* %25 to i64*, !dbg !54
  store i64 %8, i64* %26, align 8, !dbg !54
  %27 = getelementptr i8, i8* %20, i64 24, !dbg !54
  %28 = bitcast i8* %27 to i64*, !dbg !54
  store i64 %11, i64* %28, align 8, !dbg !54
  %29 = getelementptr i8, i8* %20, i64 32, !dbg !54
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %29, i8* noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false), !dbg !54
  %30 = getelementptr i8, i8* %20, i64 96, !dbg !54
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %30, i8* noundef nonnull align 8 dereferenceable(64) %0, i64 64, i1 false), !dbg !54
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !54
  %32 = icmp ugt i64 %31, 65536, !dbg !54
  %33 = select i1 %32, i64 2, i64 1, !dbg !54
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %20, i64 %33) #0, !dbg !54
  br label %rec.done, !dbg !54

rec.lost:                                         ; preds = %str.done
  %34 = bitcast i32* %zero to i8*, !dbg !54
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !54
  %.not12 = icmp eq i8* %35, null, !dbg !54
  br i1 %.not12, label %rec.done, label %stat.inc, !dbg !54

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %36 = bitcast i8* %35 to i64*, !dbg !54
  %37 = load i64, i64* %36, align 8, !dbg !54
  %38 = add i64 %37, 1, !dbg !54
  store i64 %38, i64* %36, align 8, !dbg !54
  br label %rec.done, !dbg !54
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "vars.tp", directory: ".")
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
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
!50 = !DILocation(line: 5, column: 2, scope: !40)
!51 = !DILocation(line: 6, column: 2, scope: !40)
!52 = !DILocation(line: 7, column: 2, scope: !40)
!53 = !DILocation(line: 9, column: 2, scope: !40)
!54 = !DILocation(line: 10, column: 2, scope: !40)
!55 = !DILocation(line: 8, column: 2, scope: !40)
